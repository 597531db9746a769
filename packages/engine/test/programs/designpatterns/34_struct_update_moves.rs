// Mistake: struct update syntax moves the String field out of `base`.
#[derive(Debug)]
struct Profile {
    name: String,
    age: u32,
    city: String,
}

fn main() {
    let base = Profile { name: "Ana".to_string(), age: 30, city: "Lima".to_string() };
    let older = Profile { age: 31, ..base };
    println!("{:?}", older);
    println!("{:?}", base);
}
