fn main() {
    let temperature = 31;
    let advice: String;
    if temperature > 30 {
        advice = String::from("stay inside");
    }
    println!("{}", advice);
}
