// The + operator: fn add(self, s: &str) -> String
// The left operand is moved; the right one is only borrowed.
fn main() {
    let s1 = String::from("Hello, ");
    let s2 = String::from("world!");
    let s3 = s1 + &s2; // s1 moved here, s2 borrowed
    println!("{}", s3);
    println!("s2 is fine: {}", s2);

    let a = String::from("tic");
    let b = String::from("tac");
    let c = String::from("toe");
    let game = a + "-" + &b + "-" + &c;
    println!("{}", game);

    let mut total = String::new();
    for word in ["one", "two", "three"] {
        total = total + word + " ";
    }
    println!("[{}]", total.trim_end());

    let mut greeting = String::from("Hi");
    greeting += ", ";
    greeting += &s2;
    println!("{}", greeting);
}
