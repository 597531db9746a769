use std::mem;

#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
}

fn main() {
    let mut left = Player { name: "Ana".into(), score: 12 };
    let mut right = Player { name: "Ben".into(), score: 30 };

    mem::swap(&mut left, &mut right);
    println!("left = {:?}", left);
    println!("right = {:?}", right);

    mem::swap(&mut left.score, &mut right.score);
    println!("after swapping scores: {} has {}, {} has {}", left.name, left.score, right.name, right.score);

    let mut a = [1, 2, 3];
    a.swap(0, 2);
    println!("{:?}", a);
}
