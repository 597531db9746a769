// Struct update only moves the fields it takes: the rest stay usable.
#[derive(Debug)]
struct Profile {
    name: String,
    age: u32,
    city: String,
}

fn main() {
    let base = Profile { name: "Ana".to_string(), age: 30, city: "Lima".to_string() };
    let moved = Profile { name: "Ben".to_string(), ..base };
    // base.city was moved, but base.name and base.age were not
    println!("{} is {}", base.name, base.age);
    println!("{:?}", moved);
}
