fn main() {
    let v = vec![3, 5, 0, 7];
    let s: i32 = (0..).map_while(|i| v.get(i).filter(|x| **x > 0)).sum();
    let w: Vec<u32> = "12a4".chars().map_while(|c| c.to_digit(10)).collect();
    println!("{} {:?} {} {}", s, w, b'f'.is_ascii_hexdigit(), 'g'.is_ascii_hexdigit());
}
