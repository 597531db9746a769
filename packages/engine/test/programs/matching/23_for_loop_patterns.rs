fn main() {
    let scores = vec![("alice", 82), ("bob", 95), ("carol", 67), ("dave", 95)];

    let mut best = 0;
    for &(_, score) in &scores {
        if score > best {
            best = score;
        }
    }
    println!("best score: {}", best);

    for (i, (name, score)) in scores.iter().enumerate() {
        let grade = match score {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            _ => 'F',
        };
        println!("{}. {:<6} {:>3} {}", i + 1, name, score, grade);
    }

    let top: Vec<&str> = scores
        .iter()
        .filter(|&&(_, s)| s == best)
        .map(|(n, _)| *n)
        .collect();
    println!("top: {:?}", top);

    let grid = [[1, 2, 3], [4, 5, 6]];
    for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if (r + c) % 2 == 0 {
                print!("[{}]", v);
            } else {
                print!(" {} ", v);
            }
        }
        println!();
    }
}
