// Quiz: a helper that computes the area of a rectangle.
struct Room {
    name: String,
    width: u32,
    depth: u32,
}

fn area(width: u32, depth: u32) -> u32 {
    width * depth
}

fn main() {
    let rooms = vec![
        Room { name: String::from("kitchen"), width: 4, depth: 3 },
        Room { name: String::from("bedroom"), width: 5, depth: 4 },
    ];
    let mut total = 0;
    for room in &rooms {
        // Which line fails?
        let a = area(room.width);
        println!("{}: {} m2", room.name, a);
        total += a;
    }
    println!("total: {}", total);
}
