// Minimum number of coins to make an amount (bottom-up DP).
fn min_coins(coins: &[usize], amount: usize) -> Option<usize> {
    let inf = usize::MAX;
    let mut dp = vec![inf; amount + 1];
    dp[0] = 0;
    for a in 1..=amount {
        for &c in coins {
            if c <= a && dp[a - c] != inf {
                dp[a] = dp[a].min(dp[a - c] + 1);
            }
        }
    }
    if dp[amount] == inf { None } else { Some(dp[amount]) }
}

fn main() {
    let euro = [1, 2, 5, 10, 20, 50];
    for amount in [0, 3, 11, 37, 99] {
        println!("{:>3} cents -> {:?} coins", amount, min_coins(&euro, amount));
    }
    // greedy fails here, DP does not
    let odd = [1, 3, 4];
    println!("6 with [1,3,4] -> {:?}", min_coins(&odd, 6));
    println!("7 with [2,4]   -> {:?}", min_coins(&[2, 4], 7));
}
