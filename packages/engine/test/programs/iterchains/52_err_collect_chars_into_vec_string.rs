fn main() {
    let word = "iterator";
    let letters: Vec<String> = word.chars().rev().collect();
    println!("{}", letters.join("-"));
}
