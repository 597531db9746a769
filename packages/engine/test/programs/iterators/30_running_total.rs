fn main() {
    let deposits = [100, -20, 50, -75, 10];

    let mut balance = 0;
    let history: Vec<i32> = deposits
        .iter()
        .map(|d| {
            balance += d;
            balance
        })
        .collect();
    println!("history: {:?}", history);
    println!("final balance: {}", balance);

    let running: Vec<i32> = deposits
        .iter()
        .scan(0, |acc, &d| {
            *acc += d;
            Some(*acc)
        })
        .collect();
    println!("scan: {:?}", running);

    let mut overdrafts = 0;
    let mut b = 0;
    for d in deposits.iter() {
        b += d;
        if b < 60 {
            overdrafts += 1;
        }
    }
    println!("times below 60: {}", overdrafts);
}
