struct Classroom {
    name: &'static str,
    students: Vec<&'static str>,
}

fn main() {
    let rooms = vec![
        Classroom { name: "A", students: vec!["ana", "bo"] },
        Classroom { name: "B", students: vec![] },
        Classroom { name: "C", students: vec!["cy", "di", "ed"] },
    ];
    let everyone: Vec<&str> = rooms.iter().flat_map(|r| r.students.iter().copied()).collect();
    println!("{:?}", everyone);
    let tagged: Vec<String> = rooms
        .iter()
        .flat_map(|r| r.students.iter().map(move |s| format!("{}/{}", r.name, s)))
        .collect();
    println!("{:?}", tagged);
    let nested = vec![vec![1, 2], vec![], vec![3], vec![4, 5, 6]];
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?}", flat);
    let pairs: Vec<(i32, i32)> = (1..=3).flat_map(|i| (i..=3).map(move |j| (i, j))).collect();
    println!("{:?}", pairs);
    let words = "the quick brown fox";
    let letters: String = words.split(' ').flat_map(|w| w.chars().rev()).collect();
    println!("{}", letters);
    let maybe = vec![Some(1), None, Some(3), None];
    let present: Vec<i32> = maybe.iter().flatten().cloned().collect();
    println!("{:?}", present);
    let total: i32 = maybe.iter().map(|o| o.unwrap_or(0)).sum();
    println!("total {}", total);
    let parsed: Vec<i32> = "1,x,3,,5".split(',').filter_map(|s| s.parse().ok()).collect();
    println!("{:?}", parsed);
    let all: Result<Vec<i32>, _> = "1,2,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?}", all);
    let bad: Result<Vec<i32>, _> = "1,z,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{}", bad.is_err());
    let biggest_room = rooms.iter().max_by(|a, b| a.students.len().cmp(&b.students.len())).unwrap();
    println!("biggest {}", biggest_room.name);
}
