// Quiz: `for name in names` takes ownership of the vector.
fn main() {
    let names = vec![String::from("Ana"), String::from("Ben"), String::from("Cy")];
    let mut greeting = String::new();
    for name in names {
        greeting.push_str(&name);
        greeting.push(' ');
    }
    println!("{greeting}");
    println!("we greeted {} people", names.len());
}
