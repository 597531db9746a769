fn main() {
    let user = "kim";
    let logins = 14;
    println!("{user} logged in {logins} times");
    let ratio = logins as f64 / 30.0;
    println!("{user}: {ratio:.2} per day over {days} days");
}
