#[derive(Debug)]
struct Address {
    street: String,
    city: String,
    postcode: String,
}

#[derive(Debug)]
struct Customer {
    name: String,
    address: Address,
}

fn main() {
    let c = Customer {
        name: "Maria Lopez".to_string(),
        address: Address {
            street: "4 Harbour Rd".to_string(),
            city: "Cork".to_string(),
        },
    };
    println!("{} — {}", c.name, c.address.city);
}
