fn main() {
    let scores = vec![71, 88, 93];
    let Some(top) = scores.iter().max();
    println!("top score is {}", top);
}
