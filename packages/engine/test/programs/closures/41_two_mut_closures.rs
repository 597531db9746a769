fn main() {
    let mut balance: i64 = 100;

    let mut deposit = |amount: i64| balance += amount;
    let mut withdraw = |amount: i64| balance -= amount;

    deposit(50);
    withdraw(30);
    deposit(10);

    println!("balance: {}", balance);
}
