fn main() {
    let scores = vec![72, 88, 95, 61, 79];
    let passing: Vec<i32> = scores.iter().filter(|&&s| s >= 70).collect();
    println!("passing: {:?}", passing);
}
