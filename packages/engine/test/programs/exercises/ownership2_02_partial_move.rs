// Exam question: which line fails after the field is moved out?
#[derive(Debug)]
struct Person {
    name: String,
    email: String,
    age: u8,
}

fn domain(email: &str) -> &str {
    email.split('@').nth(1).unwrap_or("?")
}

fn main() {
    let p = Person { name: String::from("Lin"), email: String::from("lin@x.org"), age: 33 };
    let name = p.name;
    println!("name moved out: {}", name);
    println!("age still readable: {}", p.age);
    println!("email still readable: {}", p.email);
    println!("domain {}", domain(&p.email));
    println!("{:?}", p);
    let older = p.age + 1;
    println!("next year {}", older);
}
