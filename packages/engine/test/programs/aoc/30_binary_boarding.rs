fn seat_id(pass: &str) -> u32 {
    pass.chars().fold(0, |id, c| {
        let bit = match c {
            'B' | 'R' => 1,
            'F' | 'L' => 0,
            _ => panic!("bad boarding pass character {:?}", c),
        };
        (id << 1) | bit
    })
}

fn main() {
    let passes = r#"FBFBBFFRLR
BFFFBBFRRR
FFFBBBFRRR
BBFFBBFRLL
BFFFBBFRLR
BFFFBBFLLL
BFFFBBFLRL"#;

    let mut ids: Vec<u32> = passes.lines().map(seat_id).collect();
    for (p, id) in passes.lines().zip(&ids) {
        println!("{} -> row {:3}, col {}, id {}", p, id >> 3, id & 7, id);
    }
    println!("Part 1: {}", ids.iter().max().unwrap());

    ids.sort();
    let mine = ids
        .windows(2)
        .find(|w| w[1] - w[0] == 2)
        .map(|w| w[0] + 1);
    println!("Part 2: {:?}", mine);
}
