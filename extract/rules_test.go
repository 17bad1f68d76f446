package extract

import (
	"strings"
	"testing"

	"github.com/statekg/statekg/schema"
)

// hasRel reports whether d holds a plain (or, with plain false, a negated
// or hedged) claim subj p obj; subj "*" stands for any subject.
func hasRel(d *schema.Document, subj string, p schema.Predicate, obj string, plain bool) bool {
	for _, c := range d.Claims {
		if (subj == "*" || c.Subject.Name == subj) && c.Predicate == p && strings.EqualFold(c.Object.Name, obj) && c.Plain() == plain {
			return true
		}
	}
	return false
}

func TestRelationRules(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	type rel struct {
		subj string
		p    schema.Predicate
		obj  string
	}
	tests := []struct {
		text string
		want []rel // plain claims that must be read
		not  []rel // plain claims that must not be read
	}{
		{"Britain, Canada and Japan condemned North Korea on Friday.",
			[]rel{{"United Kingdom", schema.Condemns, "North Korea"}, {"Canada", schema.Condemns, "North Korea"}, {"Japan", schema.Condemns, "North Korea"}}, nil},
		{"According to the FBI, Lazarus carried out the WannaCry attack.",
			[]rel{{"WannaCry", schema.AttributedTo, "Lazarus Group"}, {"Federal Bureau of Investigation", schema.Blames, "Lazarus Group"}},
			[]rel{{"WannaCry", schema.AttributedTo, "Federal Bureau of Investigation"}}},
		{"Australia responded on Monday, accusing Iran of the intrusion.",
			[]rel{{"Australia", schema.Blames, "Iran"}}, nil},
		{"Acme Bank has been breached by the Lazarus Group, investigators said.",
			[]rel{{"*", schema.Targets, "Acme Bank"}, {"*", schema.AttributedTo, "Lazarus Group"}}, nil},
		{"The Russian military was behind the NotPetya attack.",
			[]rel{{"NotPetya", schema.AttributedTo, "Russian military"}, {"Russian military", schema.PartOf, "Russia"}},
			[]rel{{"NotPetya", schema.AttributedTo, "Russia"}}},
		{"A group calling itself Shadow Kittens launched attacks on banks last week.",
			[]rel{{"*", schema.AttributedTo, "Shadow Kittens"}}, nil},
		{"The Treasury also barred US banks from trading with them.",
			nil, []rel{{"Treasury", schema.Sanctions, "United States"}}},
		{"Nobody doubts that the Kremlin was behind the NotPetya attack, but officials stopped short of naming Russia as the culprit.",
			nil, []rel{{"*", schema.Blames, "Russia"}}},
		// the holder of a judgement noun reports: "had high confidence that"
		{"Canada had high confidence that the GRU was behind the NotPetya attack.",
			[]rel{{"Canada", schema.Blames, "GRU"}}, nil},
		{"Critics were quick to pin a 2014 cyberattack on North Korea.",
			nil, []rel{{"*", schema.Targets, "North Korea"}}},
		// a second verb ends the object list
		{"US sanctions Russia and names SVR as SolarWinds hacker.",
			[]rel{{"United States", schema.Sanctions, "Russia"}},
			[]rel{{"United States", schema.Sanctions, "Foreign Intelligence Service"}, {"United States", schema.Sanctions, "SolarWinds"}}},
		// the month is no hedge
		{"In May 2016, Acme Bank was hacked by the Lazarus Group.",
			[]rel{{"*", schema.Targets, "Acme Bank"}, {"*", schema.AttributedTo, "Lazarus Group"}}, nil},
		// passive victims, victim nouns, lists of names after "include"
		{"WannaCry hit hospitals. Its most prominent victim was Britain's National Health Service. Spain's Telefonica, the carmaker Renault and the German rail operator Deutsche Bahn were also hit.",
			[]rel{{"WannaCry", schema.Targets, "National Health Service"}, {"WannaCry", schema.Targets, "Renault"}, {"WannaCry", schema.Targets, "Deutsche Bahn"}}, nil},
		{"Businesses in Ontario were hit by ransomware attacks. Britain was hit by sanctions.",
			nil, []rel{{"*", schema.Targets, "Ontario"}, {"*", schema.Targets, "United Kingdom"}}},
		{"Telecommunications providers caught by the breach include Altel, Celcom, Merchantrade Asia and XoX, reports suggest.",
			[]rel{{"*", schema.Targets, "Altel"}, {"*", schema.Targets, "Merchantrade Asia"}, {"*", schema.Targets, "XoX"}}, nil},
		{"Acme Bank was the latest victim of the WannaCry attack.",
			[]rel{{"WannaCry", schema.Targets, "Acme Bank"}}, nil},
		// hoped-for talks and meetings with a state's people are no meetings
		{"Washington tries to revive stalled nuclear talks with North Korea.",
			nil, []rel{{"United States", schema.MeetsWith, "North Korea"}}},
		{"Bill English heard the concerns at a meeting with some Japanese MPs.",
			nil, []rel{{"*", schema.MeetsWith, "Japan"}}},
		// a government body's sanctions are its state's
		{"The US Treasury on Monday imposed sanctions on the Lazarus Group.",
			[]rel{{"Treasury", schema.Sanctions, "Lazarus Group"}, {"United States", schema.Sanctions, "Lazarus Group"}}, nil},
		// "the bank" refers back to the bank named before
		{"Hackers stole $81 million from Bangladesh Bank. Finance Minister AMA Muhith berated the bank for keeping the government in the dark.",
			[]rel{{"AMA Muhith", schema.Condemns, "Bangladesh Bank"}}, nil},
		// "they" after a reporting verb is its subject; the author of
		// what is backed is backed
		{"Australia, Canada and Japan said they backed the finding by Washington.",
			[]rel{{"Australia", schema.Supports, "United States"}, {"Canada", schema.Supports, "United States"}, {"Japan", schema.Supports, "United States"}}, nil},
		// an evaluative word of blame after "called"
		{"The hack of Microsoft Exchange exploited flaws. British Foreign Secretary Dominic Raab called the attack reckless.",
			[]rel{{"Dominic Raab", schema.Condemns, "Microsoft hack"}}, nil},
		// passive link to an incident
		{"APT28 has been linked to last summer's attacks on the Democratic National Committee.",
			[]rel{{"*", schema.AttributedTo, "APT28"}}, nil},
		// a topic word inside the incident phrase
		{"The White House has publicly blamed North Korea for a ransomware attack in May.",
			[]rel{{"White House", schema.Blames, "North Korea"}, {"*", schema.AttributedTo, "North Korea"}}, nil},
		// "would" reports an announced decision; a passive "met with" is
		// no meeting
		{"Foreign Minister Sergei Lavrov announced that Russia would bar eight US officials, including FBI Director Christopher Wray.",
			[]rel{{"Russia", schema.Sanctions, "Christopher Wray"}}, nil},
		{"Press secretary Sarah Sanders warned that the attack on Ukraine would be met with international consequences.",
			nil, []rel{{"*", schema.MeetsWith, "Ukraine"}}},
		// joining an attribution takes up the latest accusation
		{"The United States accused the Ministry of State Security of the hack. Britain, Japan and NATO joined the attribution.",
			[]rel{{"United Kingdom", schema.Blames, "Ministry of State Security"}, {"Japan", schema.Blames, "Ministry of State Security"}, {"NATO", schema.Blames, "Ministry of State Security"}}, nil},
		// the target of an incident; the named instance of a generic plural
		{"Iran had itself been the target of cyberattacks, including the Stuxnet worm. Acme Bank was the target of a ransomware attack last week.",
			[]rel{{"Stuxnet", schema.Targets, "Iran"}, {"*", schema.Targets, "Acme Bank"}}, []rel{{"cyberattacks", schema.Targets, "Iran"}}},
		// unknown names that suffer an incident
		{"OneLogin has suffered a data breach. Hospitals have suffered a data breach.",
			[]rel{{"*", schema.Targets, "OneLogin"}}, []rel{{"*", schema.Targets, "Hospitals"}}},
		{"This is the second data breach that Acme has suffered within the past year.",
			[]rel{{"*", schema.Targets, "Acme"}}, nil},
		// an incident noun as the subject of a hit verb; the owner of the
		// systems hit
		{"A similar attack days later hit RasGas, a Qatari producer of gas. The ransomware attack accessed the computers of Hancock Health in Greenfield.",
			[]rel{{"*", schema.Targets, "RasGas"}, {"*", schema.Targets, "Hancock Health"}}, []rel{{"*", schema.Targets, "Qatar"}}},
		// partOf from an apposition and from the passive of control
		{"Sony Pictures, a unit of Japan's Sony Corp, cancelled the release. Officers of the Hainan State Security Department, a provincial arm of the Ministry of State Security, were charged.",
			[]rel{{"Sony Pictures", schema.PartOf, "Sony Corp"}, {"Hainan State Security Department", schema.PartOf, "Ministry of State Security"}}, nil},
		{"The Treasury named the groups as Lazarus Group, Bluenoroff and Andariel, and said all three are controlled by the Reconnaissance General Bureau.",
			[]rel{{"Lazarus Group", schema.PartOf, "Reconnaissance General Bureau"}, {"Andariel", schema.PartOf, "Reconnaissance General Bureau"}, {"Bluenoroff", schema.PartOf, "Reconnaissance General Bureau"}},
			[]rel{{"Treasury", schema.PartOf, "Reconnaissance General Bureau"}}},
		// "we" in a quotation opening its sentence speaks for the quoted
		// official's state; "we would" is a commitment
		{"New Zealand Prime Minister Bill English said the threat was real. Japan was at risk. Others were too. “We feel safer here. “We would stand alongside Japan and the US.”",
			[]rel{{"New Zealand", schema.Supports, "Japan"}, {"New Zealand", schema.Supports, "United States"}}, nil},
	}
	for _, tt := range tests {
		d := extractDoc(t, x, schema.Article{Text: tt.text})
		for _, r := range tt.want {
			if !hasRel(d, r.subj, r.p, r.obj, true) {
				t.Errorf("%q: no %s %s %s in %+v", tt.text, r.subj, r.p, r.obj, d.Claims)
			}
		}
		for _, r := range tt.not {
			if hasRel(d, r.subj, r.p, r.obj, true) {
				t.Errorf("%q: unwanted %s %s %s", tt.text, r.subj, r.p, r.obj)
			}
		}
	}
}

// TestHedgedRules: hedged or negated readings are kept as claims that are
// not plain.
func TestHedgedRules(t *testing.T) {
	x, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text      string
		subj, obj string
		p         schema.Predicate
	}{
		{"The attack on Sony Pictures may have been carried out by North Korea.", "*", "North Korea", schema.AttributedTo},
		// a conditional or counterfactual "would" stays a hedge
		{"Officials said Russia would bar FBI Director Christopher Wray if the talks failed.", "Russia", "Christopher Wray", schema.Sanctions},
		{"Peskov said Russia would have sanctioned the United States.", "Russia", "United States", schema.Sanctions},
		{"The United States would sanction Russia.", "United States", "Russia", schema.Sanctions},
	}
	for _, tt := range tests {
		d := extractDoc(t, x, schema.Article{Text: tt.text})
		if hasRel(d, tt.subj, tt.p, tt.obj, true) {
			t.Errorf("%q: plain %s %s %s", tt.text, tt.subj, tt.p, tt.obj)
		}
		if !hasRel(d, tt.subj, tt.p, tt.obj, false) {
			t.Errorf("%q: no hedged %s %s %s in %+v", tt.text, tt.subj, tt.p, tt.obj, d.Claims)
		}
	}
}
