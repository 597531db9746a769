struct Person {
    name: String,
    city: String,
    age: u32,
}
fn main() {
    let p = Person { name: String::from("Ann"), city: String::from("Oslo"), age: 30 };
    let n = p.name;
    let c = &p.city;
    println!("{} {} {}", n, c, p.age);
}
