fn add_bonus(scores: &Vec<u32>) {
    scores.push(10);
}

fn main() {
    let mut scores = vec![70, 80];
    add_bonus(&scores);
    println!("{:?}", scores);
}
