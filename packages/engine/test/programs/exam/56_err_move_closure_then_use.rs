fn main() {
    let owner = String::from("Kim");
    let greet = move || println!("Hi, {}", owner);
    greet();
    println!("owner is {}", owner);
}
