#[derive(Debug)]
enum DbError {
    NotConnected,
}

fn query(connected: bool, sql: &str) -> Result<usize, DbError> {
    if connected { Ok(sql.len()) } else { Err(DbError::NotConnected) }
}

fn main() {
    let rows = query(true, "SELECT * FROM users").expect("first query");
    println!("rows: {}", rows);
    let rows = query(false, "SELECT * FROM orders").expect("database must be up");
    println!("rows: {}", rows);
}
