fn main() {
    let mut leaderboard = vec![String::from("Ana"), String::from("Ben")];
    let top = &leaderboard[0];
    leaderboard = vec![String::from("Cleo")];
    println!("old leader: {}, new board: {:?}", top, leaderboard);
}
