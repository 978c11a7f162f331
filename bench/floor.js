// The hand-written floor: one fetch of the status, the same sentences as the Overview's panels.
fetch('/api/v1/status', { credentials: 'same-origin' })
  .then((response) => response.json())
  .then((status) => {
    const connection = status.connection;
    const user = connection.user ? `${connection.user.display_name} (${connection.user.login})` : '';
    document.getElementById('state').textContent = connection.state === 'connected'
      ? `Connected to WordPress.com as ${user}`
      : connection.state === 'broken' ? 'The connection to WordPress.com is broken' : 'Not connected to WordPress.com';
    document.getElementById('account').textContent = status.account ? status.account.id : 'No WooPayments account yet.';
    document.getElementById('payments').textContent = `Takes payments: ${status.capabilities.take_payments ? 'Yes' : 'No'}`;
    performance.mark('floor:data');
  });
