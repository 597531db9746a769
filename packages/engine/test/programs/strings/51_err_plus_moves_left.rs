fn main() {
    let hello = String::from("Hello, ");
    let world = String::from("world!");
    let sentence = hello + &world;
    println!("{}", sentence);
    println!("pieces: '{}' and '{}'", hello, world);
}
