fn add_one(x: &mut i32) {
    *x += 1;
}

fn main() {
    let score = 10;
    add_one(&mut score);
    println!("score = {}", score);
}
