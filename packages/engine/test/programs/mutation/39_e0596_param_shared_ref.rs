fn add_bonus(scores: &Vec<u32>, bonus: u32) {
    let extra = scores.len() as u32 * bonus;
    scores.push(extra);
}

fn main() {
    let mut scores = vec![10, 20, 30];
    add_bonus(&scores, 5);
    println!("{:?}", scores);
}
