fn main() {
    let names = ["Ann", "Ben", "Cleo"];
    let mut greeting = "Hello to";
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            greeting.push_str(",");
        }
        greeting.push_str(" ");
        greeting.push_str(name);
    }
    println!("{}", greeting);
}
