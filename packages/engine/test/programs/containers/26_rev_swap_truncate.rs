fn reverse_in_place(v: &mut Vec<char>) {
    let n = v.len();
    for i in 0..n / 2 {
        v.swap(i, n - 1 - i);
    }
}

fn main() {
    let mut letters: Vec<char> = "stressed".chars().collect();
    reverse_in_place(&mut letters);
    let s: String = letters.iter().collect();
    println!("{}", s);

    let countdown: Vec<u32> = (1..=5).collect();
    for n in countdown.iter().rev() {
        print!("{} ", n);
    }
    println!("liftoff!");

    let mut log = vec!["boot", "login", "open file", "save", "close", "logout"];
    log.truncate(3);
    println!("first three: {:?}", log);
    log.reverse();
    println!("reversed: {:?}", log);
    log.truncate(10);
    println!("truncate past len: {:?}", log);
}
