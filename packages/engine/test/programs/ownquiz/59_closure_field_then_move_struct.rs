struct Person {
    name: String,
    age: u32,
}

fn archive(p: Person) -> String {
    format!("{} ({})", p.name, p.age)
}

fn main() {
    let p = Person { name: String::from("Alan"), age: 41 };
    let greet = || println!("hello, {}", p.name);
    let record = archive(p);
    greet();
    println!("{}", record);
}
