fn main() {
    let hour = 14;
    let greeting: &str;
    if hour < 12 {
        greeting = "Good morning";
    } else if hour < 18 {
        greeting = "Good afternoon";
    }
    println!("{}", greeting);
}
