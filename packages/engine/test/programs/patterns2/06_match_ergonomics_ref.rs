// Default binding modes: matching a reference lets the bindings become references.
#[derive(Debug)]
enum Contact {
    Email(String),
    Phone { country: u16, number: String },
    None,
}

fn show(c: &Contact) -> String {
    match c {
        // `addr` is &String here, no move happens
        Contact::Email(addr) => format!("mail to <{}>", addr),
        Contact::Phone { country, number } => format!("call +{} {}", country, number),
        Contact::None => String::from("no contact info"),
    }
}

fn longest_email<'a>(list: &'a [Contact]) -> Option<&'a String> {
    let mut best: Option<&String> = None;
    for c in list {
        if let Contact::Email(addr) = c {
            match best {
                Some(b) if b.len() >= addr.len() => {}
                _ => best = Some(addr),
            }
        }
    }
    best
}

fn main() {
    let book = vec![
        Contact::Email("ana@example.com".to_string()),
        Contact::Phone { country: 351, number: "912 345 678".to_string() },
        Contact::None,
        Contact::Email("bartholomew@university.edu".to_string()),
    ];
    for c in &book {
        println!("{}", show(c));
    }
    match longest_email(&book) {
        Some(e) => println!("longest email: {}", e),
        None => println!("no emails"),
    }
    // the vector is still fully usable: nothing was moved out
    println!("{} contacts, first = {:?}", book.len(), book[0]);
}
