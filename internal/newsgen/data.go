package newsgen

// stateData is one sovereign state: its name as the text writes it, whether
// it takes "the", its demonym, capital (empty if it is not used as a
// metonym) and a short form.
type stateData struct {
	name, demonym, capital, short string
	the                           bool
}

var states = []stateData{
	{name: "United States", demonym: "American", capital: "Washington", short: "US", the: true},
	{name: "China", demonym: "Chinese", capital: "Beijing"},
	{name: "Russia", demonym: "Russian", capital: "Moscow"},
	{name: "North Korea", demonym: "North Korean", capital: "Pyongyang", short: "DPRK"},
	{name: "South Korea", demonym: "South Korean", capital: "Seoul"},
	{name: "Japan", demonym: "Japanese", capital: "Tokyo"},
	{name: "United Kingdom", demonym: "British", capital: "London", short: "Britain", the: true},
	{name: "France", demonym: "French", capital: "Paris"},
	{name: "Germany", demonym: "German", capital: "Berlin"},
	{name: "Iran", demonym: "Iranian", capital: "Tehran"},
	{name: "Israel", demonym: "Israeli"},
	{name: "India", demonym: "Indian", capital: "New Delhi"},
	{name: "Pakistan", demonym: "Pakistani", capital: "Islamabad"},
	{name: "Ukraine", demonym: "Ukrainian", capital: "Kyiv"},
	{name: "Australia", demonym: "Australian", capital: "Canberra"},
	{name: "Canada", demonym: "Canadian", capital: "Ottawa"},
	{name: "New Zealand", demonym: "New Zealand", capital: "Wellington"},
	{name: "Italy", demonym: "Italian", capital: "Rome"},
	{name: "Spain", demonym: "Spanish", capital: "Madrid"},
	{name: "Netherlands", demonym: "Dutch", capital: "Amsterdam", the: true},
	{name: "Belgium", demonym: "Belgian", capital: "Brussels"},
	{name: "Poland", demonym: "Polish", capital: "Warsaw"},
	{name: "Sweden", demonym: "Swedish", capital: "Stockholm"},
	{name: "Norway", demonym: "Norwegian", capital: "Oslo"},
	{name: "Finland", demonym: "Finnish", capital: "Helsinki"},
	{name: "Denmark", demonym: "Danish", capital: "Copenhagen"},
	{name: "Estonia", demonym: "Estonian", capital: "Tallinn"},
	{name: "Latvia", demonym: "Latvian", capital: "Riga"},
	{name: "Lithuania", demonym: "Lithuanian", capital: "Vilnius"},
	{name: "Turkey", demonym: "Turkish", capital: "Ankara"},
	{name: "Saudi Arabia", demonym: "Saudi", capital: "Riyadh"},
	{name: "United Arab Emirates", demonym: "Emirati", capital: "Abu Dhabi", short: "UAE", the: true},
	{name: "Qatar", demonym: "Qatari", capital: "Doha"},
	{name: "Egypt", demonym: "Egyptian", capital: "Cairo"},
	{name: "Syria", demonym: "Syrian", capital: "Damascus"},
	{name: "Iraq", demonym: "Iraqi", capital: "Baghdad"},
	{name: "Brazil", demonym: "Brazilian", capital: "Brasilia"},
	{name: "Mexico", demonym: "Mexican"},
	{name: "Argentina", demonym: "Argentine", capital: "Buenos Aires"},
	{name: "Chile", demonym: "Chilean", capital: "Santiago"},
	{name: "Colombia", demonym: "Colombian", capital: "Bogota"},
	{name: "Venezuela", demonym: "Venezuelan", capital: "Caracas"},
	{name: "South Africa", demonym: "South African", capital: "Pretoria"},
	{name: "Nigeria", demonym: "Nigerian", capital: "Abuja"},
	{name: "Kenya", demonym: "Kenyan", capital: "Nairobi"},
	{name: "Ethiopia", demonym: "Ethiopian", capital: "Addis Ababa"},
	{name: "Vietnam", demonym: "Vietnamese", capital: "Hanoi"},
	{name: "Philippines", demonym: "Philippine", capital: "Manila", the: true},
	{name: "Indonesia", demonym: "Indonesian", capital: "Jakarta"},
	{name: "Malaysia", demonym: "Malaysian", capital: "Kuala Lumpur"},
	{name: "Thailand", demonym: "Thai", capital: "Bangkok"},
	{name: "Bangladesh", demonym: "Bangladeshi", capital: "Dhaka"},
	{name: "Belarus", demonym: "Belarusian", capital: "Minsk"},
	{name: "Armenia", demonym: "Armenian", capital: "Yerevan"},
	{name: "Azerbaijan", demonym: "Azerbaijani", capital: "Baku"},
	{name: "Kazakhstan", demonym: "Kazakh", capital: "Astana"},
	{name: "Switzerland", demonym: "Swiss", capital: "Bern"},
	{name: "Austria", demonym: "Austrian", capital: "Vienna"},
	{name: "Czech Republic", demonym: "Czech", capital: "Prague", the: true},
	{name: "Hungary", demonym: "Hungarian", capital: "Budapest"},
	{name: "Romania", demonym: "Romanian", capital: "Bucharest"},
	{name: "Greece", demonym: "Greek", capital: "Athens"},
	{name: "Portugal", demonym: "Portuguese", capital: "Lisbon"},
	{name: "Ireland", demonym: "Irish", capital: "Dublin"},
	{name: "Cuba", demonym: "Cuban", capital: "Havana"},
}

// titles are office titles of a state's officials, written without the
// country word; they are the official's position.
var titles = []string{
	"President", "Prime Minister", "Foreign Minister", "Defence Minister",
	"Interior Minister", "Finance Minister", "Trade Minister", "Justice Minister",
	"Vice President", "Deputy Foreign Minister", "Deputy Prime Minister",
	"national security adviser", "foreign ministry spokesman",
	"foreign ministry spokeswoman", "defence ministry spokesman",
	"ambassador to the United Nations", "deputy ambassador to the United Nations",
	"special envoy", "nuclear envoy", "army chief", "chief of staff",
	"intelligence chief", "cyber security chief", "Secretary of State",
	"Foreign Secretary", "Defence Secretary", "Attorney General",
	"Treasury Secretary", "Commerce Secretary", "Home Secretary",
	"government spokesman", "deputy national security adviser",
	"minister for digital affairs", "top diplomat", "Energy Minister",
	"Security Council secretary", "cyber ambassador", "Economy Minister",
	"Deputy Defence Minister", "presidential spokesman",
}

var firstNames = []string{
	"Anna", "Boris", "Carlos", "Daniela", "Elena", "Farid", "Greta", "Hiroshi",
	"Ingrid", "Jamal", "Karin", "Lars", "Mei", "Nikolai", "Olga", "Pedro",
	"Rania", "Stefan", "Tomas", "Ulla", "Viktor", "Wei", "Yasmin", "Zoran",
	"Adrian", "Beatriz", "Claire", "Dmitri", "Emeka", "Fatima", "Gabriel",
	"Hana", "Ivan", "Julia", "Kenji", "Leila", "Marek", "Nadia", "Oscar",
	"Priya", "Rafael", "Sofia", "Tariq", "Valentina",
}

var lastNames = []string{
	"Novak", "Petrov", "Alvarez", "Lindqvist", "Haddad", "Kowalski", "Tanaka",
	"Moreau", "Brennan", "Okafor", "Castellanos", "Richter", "Yilmaz", "Santos",
	"Kovacs", "Ivanova", "Hartmann", "Nakamura", "Osei", "Fischer", "Rahman",
	"Larsen", "Demir", "Costa", "Popescu", "Jensen", "Volkov", "Murphy",
	"Chandra", "Sato", "Mendes", "Berger", "Halvorsen", "Abadi", "Quinn",
	"Marchetti", "Dubois", "Eriksen", "Karimi", "Lombardi", "Mwangi", "Ortega",
	"Park", "Reyes", "Schmid", "Takahashi", "Ueda", "Varga", "Whitfield",
	"Zhou", "Aguilar", "Bianchi", "Cerny", "Dahl", "Esposito", "Fontaine",
	"Grant", "Horvath", "Jovanovic", "Keller",
}

// international organisations and the title of their head.
var intlOrgs = []struct{ name, short, head string }{
	{"United Nations", "UN", "Secretary-General"},
	{"UN Security Council", "", "president"},
	{"North Atlantic Treaty Organization", "NATO", "Secretary General"},
	{"European Union", "EU", "foreign policy chief"},
	{"African Union", "", "Commission chairperson"},
	{"Association of Southeast Asian Nations", "ASEAN", "Secretary-General"},
	{"International Atomic Energy Agency", "IAEA", "Director General"},
	{"Interpol", "", "Secretary General"},
	{"Organization for Security and Co-operation in Europe", "OSCE", "Secretary General"},
	{"World Bank", "", "president"},
}

// agency names are made of a prefix and a head.
var agencyPrefix = []string{
	"National Cyber", "State Security", "Signals Intelligence", "Cyber Defence",
	"Foreign Intelligence", "Federal Investigation", "Information Security",
	"Critical Infrastructure", "Counter-Terrorism", "Digital Protection",
	"Strategic Communications", "Defence Intelligence", "Electronic Warfare",
	"Computer Emergency", "Internal Security",
}

var agencyHead = []string{
	"Agency", "Bureau", "Directorate", "Office", "Command", "Service",
	"Centre", "Council", "Authority", "Department",
}

var companyStem = []string{
	"Nor", "Vel", "Cal", "Tri", "Ast", "Hal", "Bren", "Kor", "Lum", "Ster",
	"Ver", "Quin", "Zan", "Orv", "Pell", "Dar", "Meri", "Sol", "Tal", "Wex",
}

var companyEnd = []string{
	"vex", "ora", "tek", "ion", "ara", "ium", "ix", "ent", "wave", "line", "ford", "gate",
}

var companyKind = []string{
	"Systems", "Bank", "Energy", "Telecom", "Logistics", "Pharma", "Airlines",
	"Networks", "Holdings", "Shipping", "Power", "Health",
}

var groupAdj = []string{
	"Crimson", "Silent", "Iron", "Velvet", "Cobalt", "Scarlet", "Midnight",
	"Golden", "Hidden", "Frozen", "Emerald", "Shadow",
}

var groupNoun = []string{
	"Typhoon", "Jackal", "Kitten", "Panda", "Bear", "Chollima", "Falcon",
	"Spider", "Viper", "Lynx", "Mantis", "Heron",
}

var codeA = []string{
	"Black", "Night", "Glass", "Storm", "Cold", "Dark", "Red", "Grey", "Wild",
	"Silver", "Ghost", "Deep", "Stone", "Sand",
}

var codeB = []string{
	"Harbor", "Ferry", "Lantern", "Anchor", "Signal", "Wolf", "Crane",
	"Orchid", "Comet", "Forge", "Tide", "Raven", "Ember", "Quarry",
}

var incidentNoun = []string{"hack", "breach", "cyberattack", "intrusion", "theft"}

var topics = []string{
	"cyberattacks", "cyber espionage", "ransomware", "election interference",
	"nuclear proliferation", "cyber terrorism", "disinformation",
}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var months = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var sectors = []string{
	"banking", "energy", "shipping", "health", "telecommunications", "aviation",
	"water", "defence", "retail", "insurance", "railway", "port",
}

var adjBad = []string{
	"reckless", "irresponsible", "unacceptable", "dangerous", "destabilising",
	"cowardly", "unprovoked", "malicious", "deliberate", "brazen",
}

var reportVerb = []string{"said", "told reporters", "said in a statement", "told a news conference", "wrote on social media", "said on state television"}
