fn main() {
    let name = "Ravi";
    let score = 87;
    let max = 100;
    println!("Student: {}", name);
    println!("{} scored {} out of {}", name, score);
    println!("max = {}", max);
}
