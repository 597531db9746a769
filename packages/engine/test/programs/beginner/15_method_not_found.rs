fn main() {
    let password = String::from("hunter2");
    if password.length() < 8 {
        println!("Password too short");
    } else {
        println!("Password ok");
    }
}
