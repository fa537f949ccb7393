/** Names for demo customers: common, mixed, and combined at random (any resemblance is coincidence). */
export const firstNames = [
  "Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia", "Mateo", "Amelia",
  "Benjamin", "Harper", "Henry", "Evelyn", "Theodore", "Abigail", "Jack", "Emily", "Levi", "Ella", "Alexander",
  "Elizabeth", "Jackson", "Camila", "Samuel", "Luna", "Sebastian", "Sofia", "Daniel", "Avery", "Owen", "Mila",
  "Asher", "Aria", "Ezra", "Scarlett", "Leo", "Penelope", "Julian", "Layla", "Hudson", "Chloe", "Grayson", "Victoria",
  "Wyatt", "Madison", "Isaac", "Eleanor", "Gabriel", "Grace", "Caleb", "Nora", "Nathan", "Riley", "Ryan", "Zoey",
  "Aaron", "Hannah", "Miles", "Hazel", "Adrian", "Lily", "Thomas", "Ellie", "Jonah", "Violet", "Dylan", "Lillian",
  "Priya", "Arjun", "Mei", "Hiroshi", "Yuki", "Wei", "Fatima", "Omar", "Aisha", "Kwame", "Amara", "Tariq", "Leila",
  "Diego", "Lucia", "Carmen", "Javier", "Rosa", "Andrés", "Chiara", "Marco", "Giulia", "Sven", "Ingrid", "Anouk",
  "Joost", "Siobhan", "Declan", "Niamh", "Rhys", "Megan", "Callum", "Isla", "Kofi", "Zainab", "Dmitri", "Anya",
  "Malik", "Nia", "Rashid", "Ruth", "Walter", "Margaret", "Frank", "Dorothy", "Harold", "Joan", "Gloria", "Dennis",
] as const;

export const lastNames = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
  "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez",
  "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
  "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
  "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker",
  "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez",
  "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward",
  "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
  "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez", "Okafor",
  "Mensah", "Haddad", "Nakamura", "Tanaka", "Chen", "Wang", "Singh", "Kaur", "Novak", "Kowalski", "Jensen",
  "Larsen", "Byrne", "O'Brien", "McCarthy", "Fitzgerald", "Rossi", "Bianchi", "Dubois", "Laurent", "Schmidt",
  "Weber", "Van Dijk", "De Vries", "Ivanova", "Petrov", "Abadi", "Farah", "Osei", "Mwangi", "Achterberg", "Lindqvist",
] as const;

export const emailDomains = ["example.com", "example.net", "example.org", "mail.example.com", "post.example.net"] as const;
