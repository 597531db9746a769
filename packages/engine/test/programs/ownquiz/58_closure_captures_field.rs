// Edition 2021: the closure reads p.name while we change p.age. Compile?
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let mut p = Person { name: String::from("Alan"), age: 41 };
    let greet = || println!("hello, {}", p.name);
    p.age += 1;
    greet();
    println!("{} is now {}", p.name, p.age);
}
