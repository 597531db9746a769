#[derive(Debug, Clone)]
struct Address {
    street: String,
    zip: Option<u32>,
}

#[derive(Debug)]
struct Employee {
    id: u32,
    name: String,
    skills: Vec<&'static str>,
    address: Address,
    manager: Option<Box<Employee>>,
}

fn main() {
    let addr = Address { street: "1 Main St".into(), zip: Some(12345) };
    let boss = Employee {
        id: 1,
        name: "Grace".into(),
        skills: vec!["cobol"],
        address: addr.clone(),
        manager: None,
    };
    let dev = Employee {
        id: 2,
        name: "Linus".into(),
        skills: vec!["c", "git"],
        address: Address { street: "2 Side Rd".into(), zip: None },
        manager: Some(Box::new(boss)),
    };
    println!("{:#?}", dev);
    println!("{:?}", dev.address);
}
