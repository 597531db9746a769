fn main() {
    let mut moves = 0;
    let mut position = (0, 0);

    let step = |dx: i32, dy: i32| {
        position.0 += dx;
        position.1 += dy;
        moves += 1;
    };

    step(1, 0);
    step(0, 2);
    println!("at {:?} after {} moves", position, moves);
}
