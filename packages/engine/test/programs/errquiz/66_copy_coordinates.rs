#[derive(Debug, Clone, Copy)]
struct Pos {
    x: i32,
    y: i32,
}

fn distance_from_origin(p: Pos) -> i32 {
    p.x.abs() + p.y.abs()
}

fn main() {
    let spawn = Pos { x: 3, y: -4 };
    let player = spawn;
    let d = distance_from_origin(spawn);
    let mut enemy = spawn;
    enemy.x += 10;
    println!("spawn {:?}, player {:?}, enemy {:?}", spawn, player, enemy);
    println!("distance {}", d);
}
