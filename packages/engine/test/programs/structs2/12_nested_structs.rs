#[derive(Debug)]
struct Address {
    street: String,
    city: String,
    zip: String,
}

#[derive(Debug)]
struct Person {
    name: String,
    age: u8,
    address: Address,
}

fn main() {
    let mut alice = Person {
        name: String::from("Alice"),
        age: 34,
        address: Address {
            street: String::from("12 Elm Row"),
            city: String::from("Edinburgh"),
            zip: String::from("EH7 4AA"),
        },
    };

    println!("{} lives in {}", alice.name, alice.address.city);
    alice.address.city = String::from("Glasgow");
    alice.address.zip.push_str("-X");
    alice.age += 1;
    println!("{:#?}", alice);
    println!("street: {}", alice.address.street);
}
