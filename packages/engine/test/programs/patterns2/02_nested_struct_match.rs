struct Address {
    city: String,
    zip: u32,
}

struct Customer {
    name: String,
    age: u8,
    address: Address,
}

fn describe(c: &Customer) -> String {
    match c {
        Customer { age: 0..=17, name, .. } => format!("{} is a minor", name),
        Customer { address: Address { city, .. }, name, .. } if city == "Oslo" => {
            format!("{} lives in the capital", name)
        }
        Customer { address: Address { zip: 10000..=19999, .. }, name, age } => {
            format!("{} ({}) is in the 1xxxx zone", name, age)
        }
        Customer { name, address: Address { city, zip }, .. } => {
            format!("{} lives in {} ({})", name, city, zip)
        }
    }
}

fn main() {
    let people = vec![
        Customer { name: String::from("Ingrid"), age: 15, address: Address { city: "Bergen".to_string(), zip: 5003 } },
        Customer { name: String::from("Lars"), age: 42, address: Address { city: "Oslo".to_string(), zip: 150 } },
        Customer { name: String::from("Mette"), age: 33, address: Address { city: "Drammen".to_string(), zip: 13011 } },
        Customer { name: String::from("Ole"), age: 67, address: Address { city: "Tromsø".to_string(), zip: 9008 } },
    ];
    for p in &people {
        println!("{}", describe(p));
    }
}
