// Quiz: borrowing from a temporary that is dropped too soon.
fn main() {
    let names = ["Kim", "Lee"];
    let greeting: &str;
    {
        greeting = format!("Hello, {}!", names[0]).as_str();
    }
    println!("{}", greeting);
    println!("{}", names[1]);
}
