// Quiz answer: pass both dimensions to the helper.
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
        let a = area(room.width, room.depth);
        println!("{}: {} m2", room.name, a);
        total += a;
    }
    println!("total: {}", total);
}
