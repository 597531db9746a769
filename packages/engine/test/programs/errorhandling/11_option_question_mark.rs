// Using ? on Option inside a function that returns Option.
struct Address {
    city: String,
    zip: Option<String>,
}

struct Person {
    name: String,
    address: Option<Address>,
}

fn zip_prefix(p: &Person) -> Option<char> {
    let addr = p.address.as_ref()?;
    let zip = addr.zip.as_ref()?;
    zip.chars().next()
}

fn first_initial_of_last_word(s: &str) -> Option<char> {
    let last = s.split_whitespace().last()?;
    last.chars().next()
}

fn main() {
    let people = vec![
        Person { name: "Ada Lovelace".to_string(), address: Some(Address { city: "London".to_string(), zip: Some("W1".to_string()) }) },
        Person { name: "Grace Hopper".to_string(), address: Some(Address { city: "Arlington".to_string(), zip: None }) },
        Person { name: "Alan Turing".to_string(), address: None },
    ];
    for p in &people {
        let city = p.address.as_ref().map(|a| a.city.as_str()).unwrap_or("?");
        println!("{} ({}): zip prefix {:?}, surname initial {:?}", p.name, city, zip_prefix(p), first_initial_of_last_word(&p.name));
    }
    println!("empty string: {:?}", first_initial_of_last_word("   "));
}
