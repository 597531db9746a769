fn main() {
    let guests = vec![String::from("Ann"), String::from("Ben"), String::from("Cy")];
    for g in guests {
        println!("Welcome, {}", g);
    }
    println!("{} guests arrived", guests.len());
}
