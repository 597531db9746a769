// expect on an Err shows the message and the error's Debug.
fn main() {
    let inputs = ["12", "7", "three"];
    let mut sum = 0;
    for text in inputs {
        let n: i32 = text.parse().expect("input should be a number");
        sum += n;
        println!("running sum = {}", sum);
    }
    println!("total = {}", sum);
}
