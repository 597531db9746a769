// Quiz: comparing a borrowed String with an owned one.
fn is_admin(user: String, admins: &[String]) -> bool {
    for a in admins {
        // `a` is a &String, `user` is a String.
        if a == user {
            return true;
        }
    }
    false
}

fn main() {
    let admins = vec![String::from("root"), String::from("alice")];
    println!("{}", is_admin(String::from("alice"), &admins));
    println!("{}", is_admin(String::from("bob"), &admins));
}
