fn main() {
    let disk_map = "2333133121414131402";
    let mut blocks: Vec<Option<usize>> = Vec::new();
    for (i, ch) in disk_map.chars().enumerate() {
        let len = ch.to_digit(10).unwrap() as usize;
        let value = if i % 2 == 0 { Some(i / 2) } else { None };
        for _ in 0..len {
            blocks.push(value);
        }
    }

    let show = |b: &Vec<Option<usize>>| -> String {
        b.iter()
            .map(|x| match x {
                Some(id) => char::from_digit(*id as u32, 10).unwrap(),
                None => '.',
            })
            .collect()
    };
    println!("{}", show(&blocks));

    let mut left = 0;
    let mut right = blocks.len() - 1;
    while left < right {
        if blocks[left].is_some() {
            left += 1;
        } else if blocks[right].is_none() {
            right -= 1;
        } else {
            blocks.swap(left, right);
        }
    }
    println!("{}", show(&blocks));

    let checksum: usize = blocks
        .iter()
        .enumerate()
        .filter_map(|(pos, id)| id.map(|id| pos * id))
        .sum();
    println!("checksum: {}", checksum);
}
