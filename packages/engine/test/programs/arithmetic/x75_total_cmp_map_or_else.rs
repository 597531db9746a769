fn main() {
    let mut v = vec![3.2, -0.0, 1.5, 0.0, -7.25, f64::NAN, 2.8, f64::INFINITY];
    v.sort_by(|a, b| a.total_cmp(b));
    println!("{:?}", v);
    let r: Result<i32, String> = Err("bad".to_string());
    let s = r.map_or_else(|e| format!("error: {}", e), |v| format!("value: {}", v));
    let t: Result<i32, String> = Ok(2);
    println!("{} {}", s, t.map_or_else(|e| e.len() as i32, |v| v * 2));
    println!("{:?}", 1.0f64.total_cmp(&2.0));
}
